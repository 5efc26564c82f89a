import bank.util.text
