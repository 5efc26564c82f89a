from ..alpha.beta import gamma
