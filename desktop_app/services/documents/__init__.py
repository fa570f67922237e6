"""Customer documents (invoices, ad invoices, reminders, refund invoices, credit notes) as PDF.

``model`` holds the plain, database-free description of a document; ``invoice_pdf`` draws it.
"""
