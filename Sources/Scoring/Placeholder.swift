// Placeholder: replaced as the Scoring layer is built.
