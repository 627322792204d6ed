"""Actor resolution: who a news text names, as CAMEO actor codes.

::

    from tidings.actors import ActorResolver
    resolver = ActorResolver.load()                 # shipped data, loaded once per process
    mentions = resolver.resolve(doc, date=datetime.date(2020, 10, 22))
    resolver.lookup("Armenian forces")              # (Actor(code="ARMMIL", ...),)
    resolver.country("RUS")                         # Actor(code="RUS", name="Russia", ...)

``extra_dictionaries`` adds PETRARCH-format actor/agent files (see ``petrarch``).
"""

from __future__ import annotations

from tidings.actors.resolve import ActorResolver

__all__ = ["ActorResolver"]
