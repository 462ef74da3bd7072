/// The AWS CLI's customizations of Lambda's operations (awscli/customizations/awslambda.py and the
/// `invoke` outfile), applied to the declarations generated from botocore's model.
enum LambdaOperations {
    static let zipFileMessage = "--zip-file must be a zip file with the fileb:// prefix.\nExample usage:  --zip-file fileb://path/to/file.zip"

    /// Every Lambda operation the workbook declares, with the CLI's customizations applied.
    static let declarations: [AWSOperationDeclaration] = LambdaModel.declarations.map { declaration in
        switch declaration.apiName {
        case "Invoke": return invoke
        case "CreateFunction": return createFunction
        case "UpdateFunctionCode": return updateFunctionCode
        default: return declaration
        }
    }

    /// `aws lambda invoke ... outfile`: the response payload goes to a file named on the command line.
    static let invoke: AWSOperationDeclaration = {
        var declaration = LambdaModel.invoke
        declaration.parameters.append(.positional("outfile", help: "Filename where the content will be saved."))
        return declaration
    }()

    /// `--zip-file fileb://function.zip` is hoisted out of `--code` (`Code.ZipFile`), and `--code`
    /// is no longer required on the command line (validation still requires `Code`).
    static let createFunction: AWSOperationDeclaration = {
        var declaration = LambdaModel.createFunction
        guard let code = declaration.parameters.firstIndex(where: { $0.member == "Code" }) else { return declaration }
        declaration.parameters[code].isRequiredOnCommandLine = false
        declaration.parameters[code].checks = [.rejectsMember("ZipFile", message: "ZipFile cannot be provided as part of the --code "
            + "argument.  Please use the '--zip-file' option instead to specify a zip file.")]
        var zipFile = AWSParameter("ZipFile", .blob, help: "The path to the zip file of the code you are uploading. "
            + "Specify --zip-file or --code, but not both. Example: fileb://code.zip", cliName: "--zip-file")
        zipFile.destination = ["Code", "ZipFile"]
        zipFile.checks = [.zipArchive(message: zipFileMessage)]
        declaration.parameters.append(zipFile)
        return declaration
    }()

    /// `update-function-code --zip-file` must be a zip archive read with `fileb://`.
    static let updateFunctionCode: AWSOperationDeclaration = {
        var declaration = LambdaModel.updateFunctionCode
        if let zip = declaration.parameters.firstIndex(where: { $0.member == "ZipFile" }) {
            declaration.parameters[zip].checks = [.zipArchive(message: zipFileMessage)]
        }
        return declaration
    }()
}
