from app.cli import run

if __name__ == "__main__":  # guarded: a helper process (app/sync/reader_process.py) imports this module again
    run()
