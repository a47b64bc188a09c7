/// A value with named parts as a template value holds it: a class reference, so that a value that
/// holds one is copied by one retain, where a model's existential container (`any TemplateObject`)
/// made every copy of a value, thousands a page, copy the container.
public class AnyTemplateObject: @unchecked Sendable {
    /// The part named `key`, as the model answers it (`TemplateObject.value(for:)`).
    public func value(for key: TemplateKey) -> TemplateValue? { nil }

    @usableFromInline init() {}
}

/// A model of type `Model`, held as `AnyTemplateObject` (`TemplateValue.object(_:)`).
public final class TemplateObjectBox<Model: TemplateObject>: AnyTemplateObject, @unchecked Sendable {
    /// The model.
    public let model: Model

    /// `model`, boxed.
    @inlinable public init(_ model: Model) {
        self.model = model
        super.init()
    }

    override public func value(for key: TemplateKey) -> TemplateValue? { model.value(for: key) }
}
