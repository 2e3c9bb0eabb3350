print("done")
quit()
