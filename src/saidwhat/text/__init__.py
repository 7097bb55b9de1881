"""Language-neutral text scanning, configured by a language profile: sentence ends
(``sentences.py``) and quotations (``quotes.py``)."""
