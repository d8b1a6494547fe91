# A user exception with __str__: the last stderr line uses the custom text.


class HttpError(Exception):
    def __init__(self, status, reason):
        Exception.__init__(self, status, reason)
        self.status = status
        self.reason = reason

    def __str__(self):
        return "HTTP %d %s" % (self.status, self.reason)


class NotFound(HttpError):
    def __init__(self, path):
        HttpError.__init__(self, 404, "Not Found: " + path)


try:
    raise HttpError(500, "Internal")
except HttpError as e:
    print("handled", e, e.args)
raise NotFound("/index.html")
