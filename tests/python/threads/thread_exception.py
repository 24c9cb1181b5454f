import threading
def boom():
    raise ValueError("failure inside thread")
t = threading.Thread(target=boom, name="failing")
t.start()
t.join()
print("main thread continues, alive:", t.is_alive())
results = []
def ok():
    results.append("ok")
t2 = threading.Thread(target=ok)
t2.start(); t2.join()
print(results)
hook_seen = []
def hook(args):
    hook_seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
threading.excepthook = hook
t3 = threading.Thread(target=boom, name="hooked")
t3.start(); t3.join()
print(hook_seen)
