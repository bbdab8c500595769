# typing.Union / Optional compare equal to the X | Y union type
from typing import Optional, Union
print((int | None) == Optional[int], Optional[int] == (int | None), Union[int, str] == (str | int), (int | str) == (str | int), hash(int | str) == hash(str | int), (int | str) != Union[int, float])
