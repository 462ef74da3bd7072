// Generated from botocore's iam model (2010-05-08) by
// scripts/generate-aws-declarations iam IAMModel AttachRolePolicy CreatePolicy CreateRole DeletePolicy DeleteRole DeleteRolePolicy DetachRolePolicy GetPolicy GetPolicyVersion GetRole GetRolePolicy ListAttachedRolePolicies ListPolicies ListRolePolicies ListRoles PutRolePolicy SimulatePrincipalPolicy UpdateAssumeRolePolicy
// Do not edit: regenerate. CLI customizations are applied by hand in the service's +CLI.swift file.

enum IAMModel {
    static let tag: Shape = .structure([
        Member("Key", .string(min: 1, max: 128, pattern: #"[\p{L}\p{Z}\p{N}_.:/=+\-@]+"#), required: true, help: "The key name that can be used to look up or retrieve the associated value. For example, Department or Cost Center are common choices."),
        Member("Value", .string(min: 0, max: 256, pattern: #"[\p{L}\p{Z}\p{N}_.:/=+\-@]*"#), required: true, help: "The value associated with this tag. For example, tags with a key name of Department could have values such as Human Resources, Accounting, and Support. Tags with a key name of Cost Center might have values that consist of the number associated with the different cost centers in your company. Typically, many resources have tags with the same key name but with different values."),
    ])

    static let tagListType: Shape = .list(of: Self.tag, max: 50)

    static let simulationPolicyListType: Shape = .list(of: .string(min: 1, max: 131072, pattern: #"[\u0009\u000A\u000D\u0020-\u00FF]+"#))

    static let actionNameListType: Shape = .list(of: .string(min: 3, max: 128))

    static let resourceNameListType: Shape = .list(of: .string(min: 1, max: 2048))

    static let contextKeyValueListType: Shape = .list(of: .string)

    static let contextEntry: Shape = .structure([
        Member("ContextKeyName", .string(min: 5, max: 256), help: "The full name of a condition context key, including the service prefix. For example, aws:SourceIp or s3:VersionId."),
        Member("ContextKeyValues", Self.contextKeyValueListType, help: "The value (or values, if the condition context key supports multiple values) to provide to the simulation when the key is referenced by a Condition element in an input policy."),
        Member("ContextKeyType", .enumeration(["string", "stringList", "numeric", "numericList", "boolean", "booleanList", "ip", "ipList", "binary", "binaryList", "date", "dateList"]), help: "The data type of the value (or values) specified in the ContextKeyValues parameter."),
    ])

    static let contextEntryListType: Shape = .list(of: Self.contextEntry)

    static let attachRolePolicy = AWSOperationDeclaration(
        service: "iam", apiName: "AttachRolePolicy",
        summary: "Attaches the specified managed policy to the specified IAM role. When you attach a managed policy to a role, the managed policy becomes part of the role's permission (access) policy.",
        parameters: [
            AWSParameter("RoleName", .string(min: 1, max: 64, pattern: #"[\w+=,.@-]+"#), required: true, help: "The name (friendly name, not ARN) of the role to attach the policy to."),
            AWSParameter("PolicyArn", .string(min: 20, max: 2048), required: true, help: "The Amazon Resource Name (ARN) of the IAM policy you want to attach."),
        ])

    static let createPolicy = AWSOperationDeclaration(
        service: "iam", apiName: "CreatePolicy",
        summary: "Creates a new managed policy for your Amazon Web Services account.",
        parameters: [
            AWSParameter("PolicyName", .string(min: 1, max: 128, pattern: #"[\w+=,.@-]+"#), required: true, help: "The friendly name of the policy."),
            AWSParameter("Path", .string(min: 1, max: 512, pattern: #"((/[A-Za-z0-9\.,\+@=_-]+)*)/"#), help: "The path for the policy."),
            AWSParameter("PolicyDocument", .string(min: 1, max: 131072, pattern: #"[\u0009\u000A\u000D\u0020-\u00FF]+"#), required: true, help: "The JSON policy document that you want to use as the content for the new policy."),
            AWSParameter("Description", .string(max: 1000), help: "A friendly description of the policy."),
            AWSParameter("Tags", Self.tagListType, help: "A list of tags that you want to attach to the new IAM customer managed policy. Each tag consists of a key name and an associated value. For more information about tagging, see Tagging IAM resources in the IAM User Guide."),
        ])

    static let createRole = AWSOperationDeclaration(
        service: "iam", apiName: "CreateRole",
        summary: "Creates a new role for your Amazon Web Services account.",
        parameters: [
            AWSParameter("Path", .string(min: 1, max: 512, pattern: #"(\u002F)|(\u002F[\u0021-\u007E]+\u002F)"#), help: "The path to the role. For more information about paths, see IAM Identifiers in the IAM User Guide."),
            AWSParameter("RoleName", .string(min: 1, max: 64, pattern: #"[\w+=,.@-]+"#), required: true, help: "The name of the role to create."),
            AWSParameter("AssumeRolePolicyDocument", .string(min: 1, max: 131072, pattern: #"[\u0009\u000A\u000D\u0020-\u00FF]+"#), required: true, help: "The trust relationship policy document that grants an entity permission to assume the role."),
            AWSParameter("Description", .string(max: 1000, pattern: #"[\u0009\u000A\u000D\u0020-\u007E\u00A1-\u00FF]*"#), help: "A description of the role."),
            AWSParameter("MaxSessionDuration", .integer(min: 3600, max: 43200), help: "The maximum session duration (in seconds) that you want to set for the specified role. If you do not specify a value for this setting, the default value of one hour is applied. This setting can have a value from 1 hour to 12 hours."),
            AWSParameter("PermissionsBoundary", .string(min: 20, max: 2048), help: "The ARN of the managed policy that is used to set the permissions boundary for the role."),
            AWSParameter("Tags", Self.tagListType, help: "A list of tags that you want to attach to the new role. Each tag consists of a key name and an associated value. For more information about tagging, see Tagging IAM resources in the IAM User Guide."),
        ])

    static let deletePolicy = AWSOperationDeclaration(
        service: "iam", apiName: "DeletePolicy",
        summary: "Deletes the specified managed policy.",
        parameters: [
            AWSParameter("PolicyArn", .string(min: 20, max: 2048), required: true, help: "The Amazon Resource Name (ARN) of the IAM policy you want to delete."),
        ])

    static let deleteRole = AWSOperationDeclaration(
        service: "iam", apiName: "DeleteRole",
        summary: "Deletes the specified role. Unlike the Amazon Web Services Management Console, when you delete a role programmatically, you must delete the items attached to the role manually, or the deletion fails. For more information, see Deleting an IAM role. Before attempting to delete a role, remove the following attached items:",
        parameters: [
            AWSParameter("RoleName", .string(min: 1, max: 64, pattern: #"[\w+=,.@-]+"#), required: true, help: "The name of the role to delete."),
        ])

    static let deleteRolePolicy = AWSOperationDeclaration(
        service: "iam", apiName: "DeleteRolePolicy",
        summary: "Deletes the specified inline policy that is embedded in the specified IAM role.",
        parameters: [
            AWSParameter("RoleName", .string(min: 1, max: 64, pattern: #"[\w+=,.@-]+"#), required: true, help: "The name (friendly name, not ARN) identifying the role that the policy is embedded in."),
            AWSParameter("PolicyName", .string(min: 1, max: 128, pattern: #"[\w+=,.@-]+"#), required: true, help: "The name of the inline policy to delete from the specified IAM role."),
        ])

    static let detachRolePolicy = AWSOperationDeclaration(
        service: "iam", apiName: "DetachRolePolicy",
        summary: "Removes the specified managed policy from the specified role.",
        parameters: [
            AWSParameter("RoleName", .string(min: 1, max: 64, pattern: #"[\w+=,.@-]+"#), required: true, help: "The name (friendly name, not ARN) of the IAM role to detach the policy from."),
            AWSParameter("PolicyArn", .string(min: 20, max: 2048), required: true, help: "The Amazon Resource Name (ARN) of the IAM policy you want to detach."),
        ])

    static let getPolicy = AWSOperationDeclaration(
        service: "iam", apiName: "GetPolicy",
        summary: "Retrieves information about the specified managed policy, including the policy's default version and the total number of IAM users, groups, and roles to which the policy is attached. To retrieve the list of the specific users, groups, and roles that the policy is attached to, use ListEntitiesForPolicy. This operation returns metadata about the policy. To retrieve the actual policy document for a specific version of the policy, use GetPolicyVersion.",
        parameters: [
            AWSParameter("PolicyArn", .string(min: 20, max: 2048), required: true, help: "The Amazon Resource Name (ARN) of the managed policy that you want information about."),
        ])

    static let getPolicyVersion = AWSOperationDeclaration(
        service: "iam", apiName: "GetPolicyVersion",
        summary: "Retrieves information about the specified version of the specified managed policy, including the policy document.",
        parameters: [
            AWSParameter("PolicyArn", .string(min: 20, max: 2048), required: true, help: "The Amazon Resource Name (ARN) of the managed policy that you want information about."),
            AWSParameter("VersionId", .string(pattern: #"v[1-9][0-9]*(\.[A-Za-z0-9-]*)?"#), required: true, help: "Identifies the policy version to retrieve."),
        ])

    static let getRole = AWSOperationDeclaration(
        service: "iam", apiName: "GetRole",
        summary: "Retrieves information about the specified role, including the role's path, GUID, ARN, and the role's trust policy that grants permission to assume the role. For more information about roles, see IAM roles in the IAM User Guide.",
        parameters: [
            AWSParameter("RoleName", .string(min: 1, max: 64, pattern: #"[\w+=,.@-]+"#), required: true, help: "The name of the IAM role to get information about."),
        ])

    static let getRolePolicy = AWSOperationDeclaration(
        service: "iam", apiName: "GetRolePolicy",
        summary: "Retrieves the specified inline policy document that is embedded with the specified IAM role.",
        parameters: [
            AWSParameter("RoleName", .string(min: 1, max: 64, pattern: #"[\w+=,.@-]+"#), required: true, help: "The name of the role associated with the policy."),
            AWSParameter("PolicyName", .string(min: 1, max: 128, pattern: #"[\w+=,.@-]+"#), required: true, help: "The name of the policy document to get."),
        ])

    static let listAttachedRolePolicies = AWSOperationDeclaration(
        service: "iam", apiName: "ListAttachedRolePolicies",
        summary: "Lists all managed policies that are attached to the specified IAM role.",
        parameters: [
            AWSParameter("RoleName", .string(min: 1, max: 64, pattern: #"[\w+=,.@-]+"#), required: true, help: "The name (friendly name, not ARN) of the role to list attached policies for."),
            AWSParameter("PathPrefix", .string(min: 1, max: 512, pattern: #"((/[A-Za-z0-9\.,\+@=_-]+)*)/"#), help: "The path prefix for filtering the results. This parameter is optional. If it is not included, it defaults to a slash (/), listing all policies."),
            AWSParameter("Marker", .string(min: 1, max: 320, pattern: #"[\u0020-\u00FF]+"#), help: "Use this parameter only when paginating results and only after you receive a response indicating that the results are truncated. Set it to the value of the Marker element in the response that you received to indicate where the next call should start.").hidden(),
            .local("StartingToken", .string, help: "A token to specify where to start paginating. This is the NextToken from a previously truncated response.").named("--starting-token"),
            .local("PageSize", .long, help: "The size of each page to get in the AWS service call.").named("--page-size"),
            .local("MaxItems", .long, help: "The total number of items to return in the command's output.").named("--max-items"),
        ])

    static let listPolicies = AWSOperationDeclaration(
        service: "iam", apiName: "ListPolicies",
        summary: "Lists all the managed policies that are available in your Amazon Web Services account, including your own customer-defined managed policies and all Amazon Web Services managed policies.",
        parameters: [
            AWSParameter("Scope", .enumeration(["All", "AWS", "Local"]), help: "The scope to use for filtering the results."),
            AWSParameter("OnlyAttached", .boolean, help: "A flag to filter the results to only the attached policies."),
            AWSParameter("PathPrefix", .string(min: 1, max: 512, pattern: #"((/[A-Za-z0-9\.,\+@=_-]+)*)/"#), help: #"The path prefix for filtering the results. This parameter is optional. If it is not included, it defaults to a slash (/), listing all policies. This parameter allows (through its regex pattern) a string of characters consisting of either a forward slash (/) by itself or a string that must begin and end with forward slashes. In addition, it can contain any ASCII character from the ! (\u0021) through the DEL character (\u007F), including most punctuation characters, digits, and upper and lowercased letters."#),
            AWSParameter("PolicyUsageFilter", .enumeration(["PermissionsPolicy", "PermissionsBoundary"]), help: "The policy usage method to use for filtering the results."),
            AWSParameter("Marker", .string(min: 1, max: 320, pattern: #"[\u0020-\u00FF]+"#), help: "Use this parameter only when paginating results and only after you receive a response indicating that the results are truncated. Set it to the value of the Marker element in the response that you received to indicate where the next call should start.").hidden(),
            .local("StartingToken", .string, help: "A token to specify where to start paginating. This is the NextToken from a previously truncated response.").named("--starting-token"),
            .local("PageSize", .long, help: "The size of each page to get in the AWS service call.").named("--page-size"),
            .local("MaxItems", .long, help: "The total number of items to return in the command's output.").named("--max-items"),
        ])

    static let listRolePolicies = AWSOperationDeclaration(
        service: "iam", apiName: "ListRolePolicies",
        summary: "Lists the names of the inline policies that are embedded in the specified IAM role.",
        parameters: [
            AWSParameter("RoleName", .string(min: 1, max: 64, pattern: #"[\w+=,.@-]+"#), required: true, help: "The name of the role to list policies for."),
            AWSParameter("Marker", .string(min: 1, max: 320, pattern: #"[\u0020-\u00FF]+"#), help: "Use this parameter only when paginating results and only after you receive a response indicating that the results are truncated. Set it to the value of the Marker element in the response that you received to indicate where the next call should start.").hidden(),
            .local("StartingToken", .string, help: "A token to specify where to start paginating. This is the NextToken from a previously truncated response.").named("--starting-token"),
            .local("PageSize", .long, help: "The size of each page to get in the AWS service call.").named("--page-size"),
            .local("MaxItems", .long, help: "The total number of items to return in the command's output.").named("--max-items"),
        ])

    static let listRoles = AWSOperationDeclaration(
        service: "iam", apiName: "ListRoles",
        summary: "Lists the IAM roles that have the specified path prefix. If there are none, the operation returns an empty list. For more information about roles, see IAM roles in the IAM User Guide.",
        parameters: [
            AWSParameter("PathPrefix", .string(min: 1, max: 512, pattern: #"\u002F[\u0021-\u007F]*"#), help: "The path prefix for filtering the results. For example, the prefix /application_abc/component_xyz/ gets all roles whose path starts with /application_abc/component_xyz/."),
            AWSParameter("Marker", .string(min: 1, max: 320, pattern: #"[\u0020-\u00FF]+"#), help: "Use this parameter only when paginating results and only after you receive a response indicating that the results are truncated. Set it to the value of the Marker element in the response that you received to indicate where the next call should start.").hidden(),
            .local("StartingToken", .string, help: "A token to specify where to start paginating. This is the NextToken from a previously truncated response.").named("--starting-token"),
            .local("PageSize", .long, help: "The size of each page to get in the AWS service call.").named("--page-size"),
            .local("MaxItems", .long, help: "The total number of items to return in the command's output.").named("--max-items"),
        ])

    static let putRolePolicy = AWSOperationDeclaration(
        service: "iam", apiName: "PutRolePolicy",
        summary: "Adds or updates an inline policy document that is embedded in the specified IAM role.",
        parameters: [
            AWSParameter("RoleName", .string(min: 1, max: 64, pattern: #"[\w+=,.@-]+"#), required: true, help: "The name of the role to associate the policy with."),
            AWSParameter("PolicyName", .string(min: 1, max: 128, pattern: #"[\w+=,.@-]+"#), required: true, help: "The name of the policy document."),
            AWSParameter("PolicyDocument", .string(min: 1, max: 131072, pattern: #"[\u0009\u000A\u000D\u0020-\u00FF]+"#), required: true, help: "The policy document."),
        ])

    static let simulatePrincipalPolicy = AWSOperationDeclaration(
        service: "iam", apiName: "SimulatePrincipalPolicy",
        summary: "Simulate how a set of IAM policies attached to an IAM entity works with a list of API operations and Amazon Web Services resources to determine the policies' effective permissions. The entity can be an IAM user, group, or role. If you specify a user, then the simulation also includes all of the policies that are attached to groups that the user belongs to. You can simulate resources that don't exist in your account.",
        parameters: [
            AWSParameter("PolicySourceArn", .string(min: 20, max: 2048), required: true, help: "The Amazon Resource Name (ARN) of a user, group, or role whose policies you want to include in the simulation. If you specify a user, group, or role, the simulation includes all policies that are associated with that entity. If you specify a user, the simulation also includes all policies that are attached to any groups the user belongs to."),
            AWSParameter("PolicyInputList", Self.simulationPolicyListType, help: "An optional list of additional policy documents to include in the simulation. Each document is specified as a string containing the complete, valid JSON text of an IAM policy."),
            AWSParameter("PermissionsBoundaryPolicyInputList", Self.simulationPolicyListType, help: "The IAM permissions boundary policy to simulate. The permissions boundary sets the maximum permissions that the entity can have. You can input only one permissions boundary when you pass a policy to this operation. An IAM entity can only have one permissions boundary in effect at a time. For example, if a permissions boundary is attached to an entity and you pass in a different permissions boundary policy using this parameter, then the new permissions boundary policy is used for the simulation."),
            AWSParameter("ActionNames", Self.actionNameListType, required: true, help: "A list of names of API operations to evaluate in the simulation. Each operation is evaluated for each resource. Each operation must include the service identifier, such as iam:CreateUser."),
            AWSParameter("ResourceArns", Self.resourceNameListType, help: "A list of ARNs of Amazon Web Services resources to include in the simulation. If this parameter is not provided, then the value defaults to * (all resources). Each API in the ActionNames parameter is evaluated for each resource in this list. The simulation determines the access result (allowed or denied) of each combination and reports it in the response. You can simulate resources that don't exist in your account."),
            AWSParameter("ResourcePolicy", .string(min: 1, max: 131072, pattern: #"[\u0009\u000A\u000D\u0020-\u00FF]+"#), help: "A resource-based policy to include in the simulation provided as a string. Each resource in the simulation is treated as if it had this policy attached. You can include only one resource-based policy in a simulation."),
            AWSParameter("ResourceOwner", .string(min: 1, max: 2048), help: "An Amazon Web Services account ID that specifies the owner of any simulated resource that does not identify its owner in the resource ARN. Examples of resource ARNs include an S3 bucket or object. If ResourceOwner is specified, it is also used as the account owner of any ResourcePolicy included in the simulation. If the ResourceOwner parameter is not specified, then the owner of the resources and the resource policy defaults to the account of the identity provided in CallerArn."),
            AWSParameter("CallerArn", .string(min: 1, max: 2048), help: "The ARN of the IAM user that you want to specify as the simulated caller of the API operations. If you do not specify a CallerArn, it defaults to the ARN of the user that you specify in PolicySourceArn, if you specified a user. If you include both a PolicySourceArn (for example, arn:aws:iam::123456789012:user/David) and a CallerArn (for example, arn:aws:iam::123456789012:user/Bob), the result is that you simulate calling the API operations as Bob, as if Bob had David's policies."),
            AWSParameter("ContextEntries", Self.contextEntryListType, help: "A list of context keys and corresponding values for the simulation to use. Whenever a context key is evaluated in one of the simulated IAM permissions policies, the corresponding value is supplied."),
            AWSParameter("ResourceHandlingOption", .string(min: 1, max: 64), help: "Specifies the type of simulation to run. Different API operations that support resource-based policies require different combinations of resources. By specifying the type of simulation to run, you enable the policy simulator to enforce the presence of the required resources to ensure reliable simulation results. If your simulation does not match one of the following scenarios, then you can omit this parameter. The following list shows each of the supported scenario values and the resources that you must define to run the simulation."),
            AWSParameter("Marker", .string(min: 1, max: 320, pattern: #"[\u0020-\u00FF]+"#), help: "Use this parameter only when paginating results and only after you receive a response indicating that the results are truncated. Set it to the value of the Marker element in the response that you received to indicate where the next call should start.").hidden(),
            .local("StartingToken", .string, help: "A token to specify where to start paginating. This is the NextToken from a previously truncated response.").named("--starting-token"),
            .local("PageSize", .long, help: "The size of each page to get in the AWS service call.").named("--page-size"),
            .local("MaxItems", .long, help: "The total number of items to return in the command's output.").named("--max-items"),
        ])

    static let updateAssumeRolePolicy = AWSOperationDeclaration(
        service: "iam", apiName: "UpdateAssumeRolePolicy",
        summary: #"Updates the policy that grants an IAM entity permission to assume a role. This is typically referred to as the "role trust policy". For more information about roles, see Using roles to delegate permissions and federate identities."#,
        parameters: [
            AWSParameter("RoleName", .string(min: 1, max: 64, pattern: #"[\w+=,.@-]+"#), required: true, help: "The name of the role to update with the new policy."),
            AWSParameter("PolicyDocument", .string(min: 1, max: 131072, pattern: #"[\u0009\u000A\u000D\u0020-\u00FF]+"#), required: true, help: "The policy that grants an entity permission to assume the role."),
        ])

    /// Every operation above, in the order given to the generator.
    static let declarations: [AWSOperationDeclaration] = [
        attachRolePolicy,
        createPolicy,
        createRole,
        deletePolicy,
        deleteRole,
        deleteRolePolicy,
        detachRolePolicy,
        getPolicy,
        getPolicyVersion,
        getRole,
        getRolePolicy,
        listAttachedRolePolicies,
        listPolicies,
        listRolePolicies,
        listRoles,
        putRolePolicy,
        simulatePrincipalPolicy,
        updateAssumeRolePolicy,
    ]
}
