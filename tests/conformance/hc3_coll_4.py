from collections import ChainMap
defaults = {"color": "red", "size": "M"}
user = {"size": "L"}
cm = ChainMap(user, defaults)
print(cm["color"], cm["size"], len(cm), sorted(cm))
cm["color"] = "blue"
print(user, defaults)
child = cm.new_child({"size": "S"})
print(child["size"], child.parents["size"])
print(dict(cm))
