d = {
    'name': 'corpus',
    'matrix': [[1, 2], [3, 4]],
    ulti': 'line1\nline2',
}
