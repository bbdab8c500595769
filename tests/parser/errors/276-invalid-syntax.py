c.cl{}
