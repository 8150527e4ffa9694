"""The bank editor: forms for a bank and each question type, a live preview, safe saving."""
