# stubs: search.pyi
urls = []
for h in web_search(query):
    urls += [h["url"]]
titles = ""
for h in web_search(query):
    titles += h["title"] + "\n"
print(len(urls), titles)
