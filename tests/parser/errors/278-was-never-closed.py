x.y z(
