// placeholder until the reporters land
