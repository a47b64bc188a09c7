import Foundation
import Testing
import AdvocacyTestSupport
@testable import AdvocacyTemplates

/// One test of the official Mustache specification (Tests/Fixtures/mustache-spec/, MIT licence).
struct MustacheSpecCase: Decodable, Sendable, CustomTestStringConvertible {
    let name: String
    let data: JSONValue
    let template: String
    let expected: String
    let partials: [String: String]?
    var file = ""

    var testDescription: String { "\(file): \(name)" }

    private enum CodingKeys: String, CodingKey { case name, data, template, expected, partials }

    static let all: [MustacheSpecCase] = {
        let folder = TestPaths.fixtures + "/mustache-spec"
        struct File: Decodable { let tests: [MustacheSpecCase] }
        return ["comments", "delimiters", "interpolation", "inverted", "partials", "sections"].flatMap { name in
            let data = try! Data(contentsOf: URL(fileURLWithPath: "\(folder)/\(name).json"))
            return try! JSONDecoder().decode(File.self, from: data).tests.map { test in
                var test = test
                test.file = name
                return test
            }
        }
    }()
}

/// JSON data of a spec test, as the template values a page model would give.
enum JSONValue: Decodable, Sendable {
    case string(String), number(Double), bool(Bool), array([JSONValue]), object([String: JSONValue]), null

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let flag = try? container.decode(Bool.self) { self = .bool(flag) }
        else if let number = try? container.decode(Double.self) { self = .number(number) }
        else if let text = try? container.decode(String.self) { self = .string(text) }
        else if let array = try? container.decode([JSONValue].self) { self = .array(array) }
        else { self = .object(try container.decode([String: JSONValue].self)) }
    }

    var templateValue: TemplateValue {
        switch self {
        case .string(let text): .text(text)
        case .number(let number): number == number.rounded() ? .integer(Int(number)) : .decimal(number)
        case .bool(let flag): .bool(flag)
        case .array(let elements): .list(elements.map(\.templateValue))
        case .object(let values): .object(TemplateDictionary(values.mapValues(\.templateValue)))
        case .null: .none
        }
    }
}

@Suite struct MustacheSpecTests {
    @Test("the template engine passes the Mustache specification", arguments: MustacheSpecCase.all)
    func spec(_ test: MustacheSpecCase) throws {
        var library = TemplateLibrary()
        for (name, source) in test.partials ?? [:] { try library.register(source, named: name) }
        try library.register(test.template, named: "test")
        #expect(library.render("test", test.data.templateValue) == test.expected)
    }

    @Test func theSpecificationIsComplete() {
        #expect(MustacheSpecCase.all.count == 136)
    }
}
