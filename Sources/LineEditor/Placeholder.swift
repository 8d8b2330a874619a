// Placeholder: replaced as the LineEditor layer is built.
