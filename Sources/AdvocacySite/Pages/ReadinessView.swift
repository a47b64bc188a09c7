import AdvocacyCore
import AdvocacyTemplates

/// The readiness model as the readiness page shows it: phases of parameters, each with one option
/// per level.
struct ReadinessView: TemplateObject, Hashable {
    package let model: ReadinessModel

    package static func == (a: ReadinessView, b: ReadinessView) -> Bool { a.texts == b.texts }

    package func hash(into hasher: inout Hasher) { hasher.combine(texts) }

    /// Everything of the model the page shows, in order.
    private var texts: [String] {
        var texts = model.levels + ["\(model.strategicFrom ?? -1)"]
        for phase in model.phases {
            texts += ["\u{1}", phase.name, phase.description ?? ""]
            for parameter in phase.parameters { texts += ["\u{2}", parameter.name] + parameter.levels }
        }
        return texts
    }

    package func value(for key: TemplateKey) -> TemplateValue? {
        switch TemplateField(key) {
        case .levels:
            .list(model.levels.enumerated().map { index, name in
                .object(TemplateDictionary(["index": .integer(index), "number": .integer(index + 1), "name": .text(name),
                                            "strategic": .bool(isStrategic(index))]))
            })
        case .phases: .list(phases)
        case .strategicFrom: .integer(model.strategicFrom ?? -1)
        case .strategicName: .text(model.strategicFrom.map { model.levels[$0] } ?? "")
        default: nil
        }
    }

    private func isStrategic(_ level: Int) -> Bool { model.strategicFrom.map { level >= $0 } ?? false }

    /// Parameters are numbered across phases; each option is a level of its parameter.
    private var phases: [TemplateValue] {
        var number = 0
        return model.phases.enumerated().map { phaseIndex, phase in
            let parameters = phase.parameters.map { parameter -> TemplateValue in
                number += 1
                let id = "p\(number)-" + Slug.make(parameter.name)
                let options = parameter.levels.enumerated().map { index, description -> TemplateValue in
                    .object(TemplateDictionary([
                        "id": .text("\(id)-\(index)"), "value": .integer(index),
                        "level": .text(model.levels.indices.contains(index) ? model.levels[index] : ""),
                        "description": .text(description), "name": .text(id), "strategic": .bool(isStrategic(index)),
                    ]))
                }
                return .object(TemplateDictionary(["id": .text(id), "name": .text(parameter.name), "number": .integer(number),
                                                   "options": .list(options)]))
            }
            return .object(TemplateDictionary([
                "name": .text(phase.name), "description": .text(phase.description ?? ""), "number": .integer(phaseIndex + 1),
                "id": .text("fase-\(phaseIndex + 1)"), "parameters": .list(parameters),
            ]))
        }
    }
}
