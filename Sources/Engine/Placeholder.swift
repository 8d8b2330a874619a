// Placeholder: replaced as the Engine layer is built.
