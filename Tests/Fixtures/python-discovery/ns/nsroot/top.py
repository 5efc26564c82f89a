from nsroot.alpha.beta import gamma
