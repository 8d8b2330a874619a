/// Byte-keyed copies (`WordTable`) of word sets asked about for every
/// sentence, so the hot paths skip String hashing. The sets themselves stay
/// where they are declared; these follow them.
extension WordClasses {
    static let questionAuxiliaryTable = WordTable(questionAuxiliaries)
    static let questionSubjectTable = WordTable(questionSubjects)
}

extension ParsedText {
    static let openerTable = WordTable(openers)
}
