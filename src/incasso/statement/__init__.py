"""The public statement page: its view model and its words, in Dutch and English."""
