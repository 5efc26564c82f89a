from nsroot.alpha import beta, unknown
