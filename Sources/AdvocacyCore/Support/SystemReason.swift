import Foundation

/// What an `errno` value means, in words a message can continue with: "no space left on device".
package func systemReason(_ code: Int32) -> String {
    let text = String(cString: strerror(code))
    return text.prefix(1).lowercased() + text.dropFirst()
}
