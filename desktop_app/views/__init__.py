"""The Qt desktop UI: widgets, dialogs and thin Qt table models over service results.

Nothing here holds a business rule or runs SQL; every database call goes through
``desktop_app.views.common.tasks`` to a worker thread that calls a service.
"""
