/// One part of a dotted key as written: `a."b c".d` has three.
struct TOMLKeyPart {
    let name: String
    let position: TextPosition
}
