import AdvocacyCore

/// Reads `results/metrics.csv` into rows of totals, refusing any column that is not one of the
/// six: results hold totals, never figures about single people.
enum ResultsLoader {
    /// The file's path inside the content folder.
    package static let path = "results/metrics.csv"
    /// The columns, in the order SPEC lists them.
    package static let columns = ["period", "metric", "value", "target", "note", "preliminary"]
    /// The columns every row needs.
    package static let required = ["period", "metric", "value"]
    /// Column names that would tie a figure to people (written in lower case, `-` for spaces).
    static let perPerson: Set<String> = [
        "name", "navn", "first-name", "last-name", "full-name", "fornavn", "efternavn", "email", "e-mail", "mail",
        "initials", "initialer", "employee", "employee-number", "employee-no", "employee-id", "medarbejder",
        "medarbejdernummer", "medarbejder-nummer", "medarbejder-id", "person", "team", "user", "username", "bruger",
        "brugernavn",
    ]

    /// The rows of `metrics.csv` and the evaluations; nil when the hub has no `results/` folder.
    package static func load(_ folder: ContentFolder, config: HubConfig, evaluations: [Evaluation],
                     diagnostics: inout Diagnostics) -> Results? {
        guard folder.isDirectory("results") else { return nil }
        let catalogue = MetricCatalogue(language: config.language, declared: config.metrics)
        var results = Results(rows: [], evaluations: evaluations.sorted { $0.period > $1.period }, catalogue: catalogue)
        guard folder.entries("results").contains("metrics.csv") else { return results }
        let display = folder.display(path)
        let text: String
        do {
            text = try SourceText.read(folder.absolute(path))
        } catch {
            diagnostics.error(error.message, at: error.location(in: display))
            return results
        }
        let records = CSVRecords(CharacterScan.clean(text, file: display, diagnostics: &diagnostics), file: display,
                                 diagnostics: &diagnostics).records.filter { !$0.isBlank }
        guard let header = records.first, let columns = columnIndexes(header, diagnostics: &diagnostics) else { return results }
        var seen: [String: Int] = [:]
        for record in records.dropFirst() {
            guard record.cells.count == header.cells.count else {
                if let split = decimalCommaSplit(record, header: header, columns: columns) {
                    diagnostics.error(.valueDecimalCommaSplit(value: split.value, fixed: split.fixed), at: split.location)
                    continue
                }
                diagnostics.error(.resultsRowCells(count: record.cells.count, columns: header.cells.count),
                                  at: record.cells[0].location)
                continue
            }
            let cell = { (name: String) in columns[name].map { record.cells[$0] } }
            guard let row = row(cell, catalogue: catalogue, metricsKnown: config.isReadable, diagnostics: &diagnostics) else { continue }
            let key = "\(row.period)|\(row.metric)"
            if let line = seen[key] {
                diagnostics.error(.duplicateResult(metric: row.metric, period: "\(row.period)", line: "\(line)"),
                                  at: cell("metric")!.location)
                continue
            }
            seen[key] = record.line
            results.rows.append(row)
            if let note = row.note, let location = cell("note")?.location { results.texts.append(Located(note, at: location)) }
        }
        return results
    }

    /// The index of each known column in the first line; nil when a column is refused or missing.
    private static func columnIndexes(_ header: CSVRecords.Record, diagnostics: inout Diagnostics) -> [String: Int]? {
        var indexes: [String: Int] = [:], refused = false
        for (index, cell) in header.cells.enumerated() {
            let name = cell.value.trimmingCharacters(in: .whitespaces).lowercased()
            let asWords = name.replacingOccurrences(of: " ", with: "-").replacingOccurrences(of: "_", with: "-")
            if perPerson.contains(asWords) {
                diagnostics.error(.resultsColumnPerPerson(name: cell.value), at: cell.location)
                refused = true
            } else if !columns.contains(name) {
                diagnostics.error(.resultsColumnUnknown(name: cell.value, suggestion: EditDistance.didYouMean(name, in: columns)),
                                  at: cell.location)
                refused = true
            } else if indexes[name] != nil {
                diagnostics.error(.resultsColumnRepeated(name: cell.value), at: cell.location)
                refused = true
            } else {
                indexes[name] = index
            }
        }
        for name in required where indexes[name] == nil {
            diagnostics.error(.resultsColumnMissing(name: name), at: header.cells[0].location)
            refused = true
        }
        return refused ? nil : indexes
    }

    /// A row from its cells; nil when a cell it needs is missing or malformed. An unknown metric is an
    /// error only when hub.yml, where metrics are declared, could be read.
    private static func row(_ cell: (String) -> Located<String>?, catalogue: MetricCatalogue, metricsKnown: Bool,
                            diagnostics: inout Diagnostics) -> ResultRow? {
        var complete = true
        for name in required where cell(name)!.value.trimmingCharacters(in: .whitespaces).isEmpty {
            diagnostics.error(.resultsCellEmpty(name: name), at: cell(name)!.location)
            complete = false
        }
        guard complete else { return nil }
        let periodCell = cell("period")!, metricCell = cell("metric")!, valueCell = cell("value")!
        let periodText = periodCell.value.trimmingCharacters(in: .whitespaces)
        let period = Period(periodText)
        if period == nil {
            diagnostics.error(.periodMalformed(value: periodText), at: periodCell.location)
        }
        let metric = metricCell.value.trimmingCharacters(in: .whitespaces)
        if catalogue[metric] == nil, metricsKnown {
            diagnostics.error(.unknownMetric(name: metric, known: catalogue.ids,
                                             suggestion: EditDistance.didYouMean(metric, in: catalogue.ids)), at: metricCell.location)
        }
        let value = number(valueCell, diagnostics: &diagnostics)
        let targetCell = cell("target").flatMap { $0.value.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
        let target = targetCell.map { number($0, diagnostics: &diagnostics) }
        let preliminaryCell = cell("preliminary").flatMap { $0.value.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
        let preliminary = preliminaryCell.map { lastDay($0, of: period, diagnostics: &diagnostics) }
        guard let period, catalogue[metric] != nil, let value, target.map({ $0 != nil }) ?? true,
              preliminary.map({ $0 != nil }) ?? true else { return nil }
        let note = cell("note")?.value.trimmingCharacters(in: .whitespaces)
        return ResultRow(period: period, metric: metric, value: value, target: target ?? nil,
                         note: note?.isEmpty == false ? note : nil, location: periodCell.location, valueLocation: valueCell.location,
                         targetLocation: targetCell?.location, preliminary: preliminary ?? nil)
    }

    /// The `preliminary` cell: the last day a preliminary total covers, written `2026-11-30`, a day of
    /// its period before the last (a total up to the last day is the whole period's: the cell stays
    /// empty). Nil, with the error at the cell, when it is not such a day; not checked against a
    /// period that could not be read.
    private static func lastDay(_ cell: Located<String>, of period: Period?, diagnostics: inout Diagnostics) -> Int? {
        let text = cell.value.trimmingCharacters(in: .whitespaces)
        guard text.utf8.count == 10, let written = HubClock.scan(text) else {
            diagnostics.error(.preliminaryMalformed(value: text), at: cell.location)
            return nil
        }
        let day = HubClock.days(year: written.year, month: written.month, day: written.day)
        guard let period else { return day }
        guard day >= period.firstDay, day < period.dayAfter - 1 else {
            diagnostics.error(.preliminaryOutsidePeriod(value: text, period: "\(period)", first: DateDisplay.isoDay(period.firstDay),
                                                        last: DateDisplay.isoDay(period.dayAfter - 2)), at: cell.location)
            return nil
        }
        return day
    }

    /// A value written as `12400` or `12.5` (a minus sign allowed, so that the checks can say why a
    /// total cannot be below 0). `12.400` is refused rather than read as twelve point four, because
    /// in Danish it means twelve thousand four hundred; `12,5` and `12 400` are refused too.
    /// A row with one cell too many because a number in the value or target column was written with a
    /// decimal comma and no quotes (`12,5`): the number as written, as it should be, and where.
    private static func decimalCommaSplit(_ record: CSVRecords.Record, header: CSVRecords.Record,
                                          columns: [String: Int]) -> (value: String, fixed: String, location: SourceLocation)? {
        guard record.cells.count == header.cells.count + 1 else { return nil }
        func digits(_ text: String) -> Bool { !text.isEmpty && text.allSatisfy { $0.isASCII && $0.isNumber } }
        for name in ["value", "target"] {
            guard let index = columns[name] else { continue }
            let whole = record.cells[index].value.trimmingCharacters(in: .whitespaces)
            let decimals = record.cells[index + 1].value.trimmingCharacters(in: .whitespaces)
            let unsigned = whole.hasPrefix("-") ? String(whole.dropFirst()) : whole
            if digits(unsigned), digits(decimals) {
                return (whole + "," + decimals, whole + "." + decimals, record.cells[index].location)
            }
        }
        return nil
    }

    package static func number(_ cell: Located<String>, diagnostics: inout Diagnostics) -> Double? {
        let text = cell.value.trimmingCharacters(in: .whitespaces)
        let unsigned = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        let commaParts = unsigned.split(separator: ",", omittingEmptySubsequences: false)
        if commaParts.count == 2, commaParts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }) {
            diagnostics.error(.valueDecimalComma(value: text, fixed: text.replacingOccurrences(of: ",", with: ".")),
                              at: cell.location)
            return nil
        }
        let parts = unsigned.split(separator: ".", omittingEmptySubsequences: false)
        let digits = parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
        if digits, parts.count >= 2, parts.dropFirst().allSatisfy({ $0.count == 3 }), parts[0].count <= 3, parts[0].first != "0" {
            diagnostics.error(.valueThousandsSeparator(value: text, whole: parts.joined()), at: cell.location)
            return nil
        }
        guard digits, parts.count <= 2, let value = Double(text) else {
            diagnostics.error(.valueNotANumber(value: text), at: cell.location)
            return nil
        }
        return value
    }
}
