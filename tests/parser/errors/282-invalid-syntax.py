self.{y /= norm
z = 1
