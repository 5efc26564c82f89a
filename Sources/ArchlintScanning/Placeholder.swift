// placeholder until the scanners land
