from dataclasses import replace
replace(5, a=3)
