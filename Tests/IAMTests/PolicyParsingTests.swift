import Testing
import IAM

@Suite("Parsing and validating policy documents")
struct PolicyParsingTests {
    @Test("Valid identity policies parse", arguments: [
        #"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::bucket/*"}}"#,
        #"{"Version":"2012-10-17","Id":"x","Statement":[{"Sid":"A1","Effect":"Deny","NotAction":["iam:*"],"NotResource":"*"}]}"#,
        #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*","Condition":{"Bool":{"aws:SecureTransport":true},"NumericLessThan":{"s3:max-keys":10}}}]}"#,
        #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"logs:*","Resource":"arn:aws:logs:*:*:log-group:/aws/lambda/${aws:username}:*"}]}"#,
        #"{"Version":"2012-10-17","Statement":[{"Sid":"","Effect":"Allow","Action":"dynamodb:*","Resource":["arn:aws:dynamodb:us-east-1:123456789012:table/Todo","arn:aws:dynamodb:us-east-1:123456789012:table/Todo/index/*"]}]}"#,
    ])
    func parsesValidIdentityPolicies(text: String) throws {
        let document = try PolicyDocument.parse(text, kind: .identity)
        #expect(!document.statements.isEmpty)
        #expect(document.text == text)
    }

    @Test("Valid resource and trust policies parse", arguments: [
        (#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}}"#, PolicyKind.trust),
        (#"{"Version":"2008-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"sts:AssumeRole"}]}"#, .trust),
        (#"{"Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::public/*"}]}"#, .resource),
        (#"{"Version":"2012-10-17","Id":"default","Statement":[{"Sid":"s3","Effect":"Allow","Principal":{"Service":"s3.amazonaws.com"},"Action":"lambda:InvokeFunction","Resource":"arn:aws:lambda:us-east-2:123456789012:function:my-function","Condition":{"StringEquals":{"AWS:SourceAccount":"123456789012"},"ArnLike":{"AWS:SourceArn":"arn:aws:s3:::my-bucket-1xpuxmplzrlbh"}}}]}"#, .resource),
        (#"{"Version":"2012-10-17","Statement":[{"Effect":"Deny","NotPrincipal":{"AWS":["arn:aws:iam::123456789012:user/alice","123456789012"]},"Action":"s3:*","Resource":"*"}]}"#, .resource),
    ])
    func parsesValidPrincipalPolicies(text: String, kind: PolicyKind) throws {
        let document = try PolicyDocument.parse(text, kind: kind)
        #expect(document.statements.allSatisfy { $0.principal != nil })
    }

    @Test("A single statement object and a list of statements mean the same")
    func statementObjectOrList() throws {
        let one = try PolicyDocument.parse(#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}}"#, kind: .identity)
        let list = try PolicyDocument.parse(#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}"#, kind: .identity)
        #expect(one.statements.map { $0.action.patterns.map(\.text) } == list.statements.map { $0.action.patterns.map(\.text) })
        #expect(one.statements.map { $0.resource?.patterns.map(\.text) } == list.statements.map { $0.resource?.patterns.map(\.text) })
        #expect(one.statements.map(\.effect) == list.statements.map(\.effect))
    }

    @Test("Malformed documents are refused with IAM's message", arguments: [
        (#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"s3:GetObject","Resource":"*"}}"#, PolicyKind.identity, "Policy document should not specify a principal."),
        (#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"sts:AssumeRole"}}"#, .trust, "Missing required field Principal"),
        (#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"lambda:InvokeFunction","Resource":"*"}}"#, .resource, "Missing required field Principal"),
        (#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"GetObject","Resource":"*"}}"#, .identity, "Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc."),
        (#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:Get:Object","Resource":"*"}}"#, .identity, "Actions/Condition can contain only one colon."),
        (#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s 3:GetObject","Resource":"*"}}"#, .identity, "Vendor s 3 is not valid"),
        (#"{"Version":"2012-10-17","Statement":{"Effect":"Allows","Action":"s3:GetObject","Resource":"*"}}"#, .identity, "Syntax errors in policy."),
        (#"{"Version":"2012-10-17","Statement":{"Effect":"allow","Action":"s3:GetObject","Resource":"*"}}"#, .identity, "Syntax errors in policy."),
        (#"{"Version":"2012-10-17","Statement":{"Efect":"Allow","Action":"s3:GetObject","Resource":"*"}}"#, .identity, "Syntax errors in policy."),
        (#"{"Version":"2012-10-17","Statements":[]}"#, .identity, "Syntax errors in policy."),
        (#"{"Version":"2012-10-17"}"#, .identity, "Syntax errors in policy."),
        (#"{"Version":"2012-10-17","Statement":[]}"#, .identity, "Syntax errors in policy."),
        (#"{"Version":"2012-10-17","Statement":"Allow"}"#, .identity, "Syntax errors in policy."),
        (#"{"Version":"2012-10-18","Statement":{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}}"#, .identity, "Syntax errors in policy."),
        (#"{"Version":"2008-10-17","Statement":{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}}"#, .identity, "Policy document must be version 2012-10-17 or greater."),
        (#"{"Statement":{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}}"#, .identity, "Policy document must be version 2012-10-17 or greater."),
        (#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Resource":"*"}}"#, .identity, "Policy statement must contain actions."),
        (#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":[],"Resource":"*"}}"#, .identity, "Policy statement must contain actions."),
        (#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:GetObject"}}"#, .identity, "Policy statement must contain resources."),
        (#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:GetObject","Resource":"bucket/*"}}"#, .identity, "Resource bucket/* must be in ARN format or \"*\"."),
        (#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:*:::bucket"}}"#, .identity, "Resource vendor must be fully qualified and cannot contain regexes."),
        (#"{"Version":"2012-10-17","Statement":[{"Sid":"A","Effect":"Allow","Action":"s3:GetObject","Resource":"*"},{"Sid":"A","Effect":"Deny","Action":"s3:PutObject","Resource":"*"}]}"#, .identity, "Statement IDs (SID) in a single policy must be unique."),
        (#"{"Version":"2012-10-17","Statement":{"Sid":"allow-logs","Effect":"Allow","Action":"logs:*","Resource":"*"}}"#, .identity, "Statement IDs (SID) must be alpha-numeric. Check that your input satisfies the regular expression [0-9A-Za-z]*"),
        (#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole","Resource":"*"}}"#, .trust, "Has prohibited field Resource."),
        (#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"s3:GetObject"}}"#, .trust, "Trust Policy statement actions can only be sts:AssumeRole, sts:AssumeRoleWithSAML,  and sts:AssumeRoleWithWebIdentity"),
        (#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"AWS":"alice"},"Action":"sts:AssumeRole"}}"#, .trust, "Invalid principal in policy: \"AWS\":\"alice\""),
        (#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"Lambda":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}}"#, .trust, "Invalid principal in policy: \"Lambda\":\"lambda.amazonaws.com\""),
        (#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:GetObject","Resource":"*","Condition":{"StringEqual":{"aws:username":"alice"}}}}"#, .identity, "Syntax errors in policy."),
        (#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:GetObject","Resource":"*","Condition":{"StringEquals":{"username":"alice"}}}}"#, .identity, "Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc."),
        (#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:GetObject","NotAction":"s3:PutObject","Resource":"*"}}"#, .identity, "Syntax errors in policy."),
        (#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Effect":"Deny","Action":"s3:GetObject","Resource":"*"}}"#, .identity, "Syntax errors in policy."),
        (#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:GetObject","Resource":[1]}}"#, .identity, "Syntax errors in policy."),
        (#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:GetObject","Resource":"*",}}"#, .identity, "Syntax errors in policy."),
        (#"["Version"]"#, .identity, "Syntax errors in policy."),
    ])
    func refusesMalformedDocuments(text: String, kind: PolicyKind, message: String) {
        let error = parseError(text, kind: kind)
        #expect(error?.message == message, "\(error?.explanation ?? "parsed")")
        #expect(error?.code == "MalformedPolicyDocument")
        #expect(error?.position != nil)
    }

    @Test("An error names the line and column of the offending part")
    func errorsCarryPositions() {
        let text = """
        {
          "Version": "2012-10-17",
          "Statement": [
            {
              "Effect": "Allow",
              "Action": "GetObject",
              "Resource": "*"
            }
          ]
        }
        """
        let error = parseError(text, kind: .identity)
        #expect(error?.position == SourcePosition(line: 6, column: 17))
        #expect(error?.description.contains("line 6, column 17") == true)
        #expect(error?.explanation.contains("\"GetObject\" has no service prefix") == true)
    }

    @Test("A misspelt field gets a did-you-mean suggestion")
    func suggestsFieldNames() {
        let error = parseError(#"{"Version":"2012-10-17","Statement":{"Efect":"Allow","Action":"s3:GetObject","Resource":"*"}}"#, kind: .identity)
        #expect(error?.explanation.contains("did you mean \"Effect\"?") == true)
    }

    @Test("Statements keep their Sid, effect, index and elements")
    func statementFields() throws {
        let document = try PolicyDocument.parse(
            #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"},{"Sid":"NoDelete","Effect":"Deny","NotAction":["s3:Get*","s3:List*"],"Resource":"arn:aws:s3:::b/*","Condition":{"StringLike":{"s3:prefix":["home/","home/*"]}}}]}"#,
            kind: .identity
        )
        let second = document.statements[1]
        #expect(second.sid == "NoDelete")
        #expect(second.index == 1)
        #expect(second.effect == .deny)
        #expect(second.action.isNegated)
        #expect(second.action.patterns.map(\.text) == ["s3:Get*", "s3:List*"])
        #expect(second.conditions.first?.values == ["home/", "home/*"])
        #expect(second.label == "statement \"NoDelete\"")
        #expect(document.statements[0].label == "statement #1")
        #expect(document.conditionKeys == ["s3:prefix"])
    }

    @Test("Numbers and booleans in conditions keep their written text")
    func conditionScalars() throws {
        let document = try PolicyDocument.parse(
            #"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:ListBucket","Resource":"*","Condition":{"NumericLessThanEquals":{"s3:max-keys":10.50},"Bool":{"aws:SecureTransport":false}}}}"#,
            kind: .identity
        )
        #expect(document.statements[0].conditions.map(\.values) == [["10.50"], ["false"]])
    }
}
