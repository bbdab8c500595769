import gc, sys
fired = []
keep = []
def cb(phase, info):
    if phase == 'start':
        fired.append((len(keep), info['generation'], gc.get_count()))
gc.collect()
gc.callbacks.append(cb)
for i in range(5000):
    keep.append([])
gc.callbacks.remove(cb)
print(sys.version.split()[0], 'threshold', gc.get_threshold(), 'automatic collections while appending 5000 empty lists (len(keep) at start, gen, count at callback):', fired[:8])
