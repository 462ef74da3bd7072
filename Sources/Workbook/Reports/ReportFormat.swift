/// The formats `lambda-workbook grade --format` writes.
public enum ReportFormat: String, CaseIterable, Sendable {
    case text, json, junit

    /// The file extension for `--output` defaults.
    public var fileExtension: String {
        switch self {
        case .text: "txt"
        case .json: "json"
        case .junit: "xml"
        }
    }
}

extension GradingReport {
    /// The report in `format`.
    public func rendered(as format: ReportFormat) -> String {
        switch format {
        case .text: renderedAsText()
        case .json: renderedAsJSON()
        case .junit: renderedAsJUnit()
        }
    }
}
