import AdvocacyCore
import AdvocacyTemplates

extension ThemeParams: TemplateObject {
    /// What a template sees.
    package var template: TemplateValue {
        switch self {
        case .text(let text): .text(text)
        case .flag(let flag): .bool(flag)
        case .list(let items): .list(items.map(\.template))
        case .group: .object(self)
        case .none: .none
        }
    }

    public func value(for key: TemplateKey) -> TemplateValue? {
        guard case .group(let fields) = self else { return nil }
        return fields[key.name]?.template
    }
}
