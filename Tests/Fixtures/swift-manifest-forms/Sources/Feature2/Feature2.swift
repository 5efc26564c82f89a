import Feature1
