"""The letters of each day, rendered: PDFs to post, e-mails to send, one PDF to print them all."""
