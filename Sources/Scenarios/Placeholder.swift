// Placeholder: replaced as the Scenarios layer is built.
