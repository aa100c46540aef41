"""What tests and flow authors run: replay, evaluation, vignettes, diagrams."""
