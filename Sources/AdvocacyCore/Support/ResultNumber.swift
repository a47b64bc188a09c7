/// The one way figures are written, in the results and in messages: grouped and with the decimal sign
/// of the hub's language (`12.400` and `12,5 %` in Danish, `12,400` and `12.5%` in English), at most two decimals
/// unless fewer are asked for, trailing zeros left out.
/// The space before a Danish `%` or a unit is a no-break space, so a figure never wraps from its unit.
package enum ResultNumber {
    /// A figure with its unit (`""` for a count, `%` for a rate, or a word such as `kr.`).
    package static func format(_ value: Double, unit: String, language: HubLanguage, decimals: Int = 2) -> String {
        let number = digits(value, language: language, decimals: decimals)
        switch unit {
        case "": return number
        case "%": return language == .da ? number + "\u{A0}%" : number + "%"
        default: return number + "\u{A0}" + unit
        }
    }

    /// A value as it would be written in `metrics.csv`: `12400`, `12.5`, `-3`.
    package static func plain(_ value: Double) -> String {
        let rounded = hundredths(value)
        let whole = "\(rounded.magnitude / 100)", fraction = fractionDigits(rounded.magnitude % 100)
        return (rounded < 0 ? "-" : "") + whole + (fraction.isEmpty ? "" : "." + fraction)
    }

    /// The figure grouped in thousands, in the language's way.
    private static func digits(_ value: Double, language: HubLanguage, decimals: Int) -> String {
        let rounded = decimals >= 2 ? hundredths(value) : Int((value * 10).rounded()) * 10
        let whole = String(rounded.magnitude / 100), fraction = fractionDigits(rounded.magnitude % 100)
        let (group, decimal) = language == .da ? (".", ",") : (",", ".")
        var out = ""
        for (index, digit) in whole.enumerated() {
            if index > 0, (whole.count - index) % 3 == 0 { out += group }
            out.append(digit)
        }
        return (rounded < 0 ? "\u{2212}" : "") + out + (fraction.isEmpty ? "" : decimal + fraction)
    }

    /// The value in hundredths, rounded half away from zero.
    private static func hundredths(_ value: Double) -> Int { Int((value * 100).rounded()) }

    /// Two decimals without trailing zeros: `5` for 50 hundredths, `05` for 5, nothing for 0.
    private static func fractionDigits(_ hundredths: UInt) -> String {
        guard hundredths > 0 else { return "" }
        let two = hundredths < 10 ? "0\(hundredths)" : "\(hundredths)"
        return two.hasSuffix("0") ? String(two.dropLast()) : two
    }
}
