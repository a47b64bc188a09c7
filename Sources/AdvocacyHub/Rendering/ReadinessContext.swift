/// The readiness model as a template context: phases of parameters, each with one option per level.
enum ReadinessContext {
    static func make(_ model: ReadinessModel) -> [String: Any] {
        let levels = model.levels.enumerated().map { index, name -> [String: Any] in
            ["index": index, "number": index + 1, "name": name,
             "strategic": model.strategicFrom.map { index >= $0 } ?? false]
        }
        var parameterNumber = 0
        let phases = model.phases.enumerated().map { phaseIndex, phase -> [String: Any] in
            let parameters = phase.parameters.map { parameter -> [String: Any] in
                parameterNumber += 1
                let id = "p\(parameterNumber)-" + Slug.make(parameter.name)
                return [
                    "id": id, "name": parameter.name, "number": parameterNumber,
                    "options": parameter.levels.enumerated().map { index, description -> [String: Any] in
                        ["id": "\(id)-\(index)", "value": index, "level": model.levels.indices.contains(index) ? model.levels[index] : "",
                         "description": description, "name": id,
                         "strategic": model.strategicFrom.map { index >= $0 } ?? false]
                    },
                ]
            }
            return ["name": phase.name, "description": phase.description ?? "", "number": phaseIndex + 1,
                    "id": "fase-\(phaseIndex + 1)", "parameters": parameters]
        }
        return ["levels": levels, "phases": phases, "strategicFrom": model.strategicFrom ?? -1,
                "strategicName": model.strategicFrom.map { model.levels[$0] } ?? ""]
    }
}
