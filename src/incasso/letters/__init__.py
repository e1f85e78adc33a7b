"""Letters: which letters a claim needs on its date, and what each one says.

due (the letters of the day: the next step, a confirmation, a handover
notice), outlook (the claim as it stands once a letter is sent, or once an
agreement is missed), words (the fixed sentences, Dutch and English) and view
(one letter as plain strings, built from the statement page's own figures
and words, so that a letter and the page never disagree).
"""
