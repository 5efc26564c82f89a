from bank.plugins import alpha
