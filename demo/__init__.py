"""Demo content for a fictional borough, loaded by `manage.py load_demo_content`."""
