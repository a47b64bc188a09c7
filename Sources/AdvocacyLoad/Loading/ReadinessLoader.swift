import Yams
import AdvocacyCore

/// Reads `readiness.yml`, the readiness model.
package enum ReadinessLoader {
    package static func load(_ folder: ContentFolder, diagnostics: inout Diagnostics) -> ReadinessModel? {
        let path = "readiness.yml"
        let display = folder.display(path)
        guard folder.entries(".").contains(path) else { return nil }
        let text: String
        do {
            text = try SourceText.read(folder.absolute(path))
        } catch {
            diagnostics.error(error.message, at: error.location(in: display))
            return nil
        }
        var fields = YAMLFields.parse(CharacterScan.clean(text, file: display, diagnostics: &diagnostics), file: display, firstLine: 1,
                                      what: Message(.wholeFile))
        defer { diagnostics.append(contentsOf: fields.diagnostics) }
        guard fields.isValid else { return nil }
        fields.checkKeys(["levels", "strategic-from", "phases"])
        let levels = fields.stringList("levels", published: true).map(\.value)
        if levels.isEmpty {
            fields.diagnostics.error(.missingLevels, at: fields.keyLocation("levels") ?? fields.location)
        }
        var strategicFrom: Int?
        if let strategic = fields.string("strategic-from") {
            strategicFrom = levels.firstIndex(of: strategic.value)
            if strategicFrom == nil {
                fields.diagnostics.error(.strategicFromNotLevel(name: strategic.value), at: strategic.location)
            }
        }
        var phases: [ReadinessPhase] = []
        guard let phaseList = fields.node("phases")?.sequence else {
            fields.diagnostics.error(.phasesNotList, at: fields.keyLocation("phases") ?? fields.location)
            return nil
        }
        for phaseNode in phaseList {
            var phase = fields.nested(phaseNode, what: Message(.aReadinessPhase))
            phase.checkKeys(["name", "description", "parameters"])
            let name = phase.requiredString("name", published: true)?.value ?? ""
            let description = phase.string("description", published: true)?.value
            var parameters: [ReadinessParameter] = []
            for parameterNode in phase.node("parameters")?.sequence ?? [] {
                var parameter = phase.nested(parameterNode, what: Message(.aReadinessParameter))
                parameter.checkKeys(["name", "levels"])
                let parameterName = parameter.requiredString("name", published: true)
                let descriptions = parameter.stringList("levels", published: true)
                if !levels.isEmpty && descriptions.count != levels.count {
                    parameter.diagnostics.error(.levelDescriptionCount(name: parameterName?.value ?? "?", count: descriptions.count,
                                                                       levels: levels.count, names: levels),
                                                at: parameter.keyLocation("levels") ?? parameter.location)
                }
                phase.append(parameter)
                parameters.append(ReadinessParameter(
                    name: parameterName?.value ?? "", levels: descriptions.map(\.value), location: parameter.location))
            }
            fields.append(phase)
            phases.append(ReadinessPhase(name: name, description: description, parameters: parameters))
        }
        return ReadinessModel(levels: levels, strategicFrom: strategicFrom, phases: phases, texts: fields.published)
    }
}
