import sys
sys.path.insert(0, "helpers")
import textutil
print(textutil.shout("hi"), textutil.words("a b c"))
