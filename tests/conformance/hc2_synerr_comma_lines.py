# a missing comma between lines of a closed list
values = [1, 2
          3]
