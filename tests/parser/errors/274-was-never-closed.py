c {
